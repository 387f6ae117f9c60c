"""Resource handlers: one module per Hex resource, each registering its operations with `@handles`.

The app imports this package so that every handler is registered before routes are built.
"""

# Resource modules are imported here, e.g. `from hex_mock.resources import projects as projects`.
from hex_mock.resources import cells as cells
from hex_mock.resources import collections as collections
from hex_mock.resources import compute_profiles as compute_profiles
from hex_mock.resources import data_connections as data_connections
from hex_mock.resources import embedding as embedding
from hex_mock.resources import groups as groups
from hex_mock.resources import guides as guides
from hex_mock.resources import outputs as outputs
from hex_mock.resources import project_export as project_export
from hex_mock.resources import projects as projects
from hex_mock.resources import runs as runs
from hex_mock.resources import semantic_projects as semantic_projects
from hex_mock.resources import suggestions as suggestions
from hex_mock.resources import threads as threads
from hex_mock.resources import users as users
