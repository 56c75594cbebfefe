// STUB (HTML/CLI helper replaces): worker-thread entry for `vietnews parse --workers N`.
export {};
