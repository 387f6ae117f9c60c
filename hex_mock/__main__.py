"""`python -m hex_mock` is `hex-mock`."""

import sys

from hex_mock.cli import main

sys.exit(main())
