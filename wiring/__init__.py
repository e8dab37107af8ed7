"""The composition: the one place that builds the store, the dispatcher, the live hub and the
embedded worker, for the API (:func:`wiring.api.api_runtime`), the Celery workers
(:class:`wiring.worker.WorkerResources`) and the command line (:func:`wiring.worker.database`);
the object store for all three (:func:`wiring.store.make_store`).

The adapters (``api/``, ``tasks/``, ``live/``, ``storage/``) do not import each other; their edges
(``api.app``, ``api.cli``, ``tasks.app``, ``tasks.jobs``, ``tasks.runner``) call this module. The
allowed directions are written in ``tests/test_layers.py``."""
