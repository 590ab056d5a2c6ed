"""Prefect orchestration of Bamboo Wire, and the `bamboo` CLI.

Importing this package changes nothing in the process: entry points call
`flows.runtime.configure_process()` (Prefect's quiet defaults, malloc arenas, the Arrow pool).
"""
