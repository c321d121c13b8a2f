"""One way to open an ONNX model for CPU inference, used by every stage's model runner."""

from __future__ import annotations

from pathlib import Path


def cpu_session(path: str | Path, *, threads: int = 1, memory_arena: bool = True):
    """An onnxruntime session on the CPU with explicit thread counts.

    Threads do not busy-wait between ops: on a shared 2-core server spinning threads steal the CPU
    that the other worker (or the web process) needs. `memory_arena=False` suits models whose input
    shapes vary a lot (OCR pages): the arena would otherwise keep the largest allocation ever seen.
    """
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.enable_cpu_mem_arena = memory_arena
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
