"""The warehouse: the only code that touches DuckDB (schema, loads, views, exports).

Arrow buffers here come from the system allocator rather than pyarrow's default (mimalloc): the
loads build many small tables, and mimalloc kept what they freed reserved, so a long ingest run's
memory crept up with every batch (120 MB after 5,000 pages; docs/benchmarks.md). A user's own
ARROW_DEFAULT_MEMORY_POOL still wins.
"""

import os

import pyarrow as pa

if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
    pa.set_memory_pool(pa.system_memory_pool())
