"""The warehouse: the only code that touches DuckDB (schema, loads, views, exports).

Importing it changes nothing in the process; `configure()` (called by `flows.runtime.configure_process`
at entry points) sets what the warehouse's loads need process-wide.
"""

import os


def configure() -> None:
    """Arrow buffers from the system allocator rather than pyarrow's default (mimalloc).

    The loads build many small tables, and mimalloc kept what they freed reserved, so a long ingest
    run's memory crept up with every batch (120 MB after 5,000 pages; docs/benchmarks.md). A user's
    own ARROW_DEFAULT_MEMORY_POOL still wins.
    """
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())
