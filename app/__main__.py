"""`python -m app` runs the `treatydesk` command."""

import sys

from app.cli import main

sys.exit(main())
