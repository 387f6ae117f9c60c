"""Every tag's resource as an attribute of `Hex` / `AsyncHex` (generated from the spec; do not edit)."""

from ._runtime.transport import AsyncRequester, SyncRequester
from .api.cells.resource import AsyncCells, Cells
from .api.collections.resource import AsyncCollections, Collections
from .api.data_connections.resource import AsyncDataConnections, DataConnections
from .api.embedding.resource import AsyncEmbedding, Embedding
from .api.groups.resource import AsyncGroups, Groups
from .api.guides.resource import AsyncGuides, Guides
from .api.projects.resource import AsyncProjects, Projects
from .api.runs.resource import AsyncRuns, Runs
from .api.semantic_projects.resource import AsyncSemanticProjects, SemanticProjects
from .api.suggestions.resource import AsyncSuggestions, Suggestions
from .api.threads.resource import AsyncThreads, Threads
from .api.users.resource import AsyncUsers, Users


class Resources:
    """The sync resources, one per tag of the spec."""

    def __init__(self, requester: SyncRequester) -> None:
        self.cells = Cells(requester)
        self.collections = Collections(requester)
        self.data_connections = DataConnections(requester)
        self.embedding = Embedding(requester)
        self.groups = Groups(requester)
        self.guides = Guides(requester)
        self.projects = Projects(requester)
        self.runs = Runs(requester)
        self.semantic_projects = SemanticProjects(requester)
        self.suggestions = Suggestions(requester)
        self.threads = Threads(requester)
        self.users = Users(requester)


class AsyncResources:
    """The async resources, one per tag of the spec."""

    def __init__(self, requester: AsyncRequester) -> None:
        self.cells = AsyncCells(requester)
        self.collections = AsyncCollections(requester)
        self.data_connections = AsyncDataConnections(requester)
        self.embedding = AsyncEmbedding(requester)
        self.groups = AsyncGroups(requester)
        self.guides = AsyncGuides(requester)
        self.projects = AsyncProjects(requester)
        self.runs = AsyncRuns(requester)
        self.semantic_projects = AsyncSemanticProjects(requester)
        self.suggestions = AsyncSuggestions(requester)
        self.threads = AsyncThreads(requester)
        self.users = AsyncUsers(requester)
