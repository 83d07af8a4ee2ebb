"""Start the web chat over the bundled briefings: ``python app.py``.

Settings come from rag.toml / RAG_* variables; host and port from settings.host/port unless
GRADIO_SERVER_NAME / GRADIO_SERVER_PORT are set. A loading page answers on that address at once, while
gradio and the chat load (rag_assistant/web/boot.py). The UI itself lives in rag_assistant/web/.
"""

from __future__ import annotations

import logging
import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


def main() -> int:
    from rag_assistant.settings import SettingsError, load_settings

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("rag_assistant").setLevel(logging.INFO)
    # bm25s sets its own logger to DEBUG at import; its "Building index" lines are noise on the console.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"配置错误：{exc}", file=sys.stderr)
        return 2
    from rag_assistant.web import boot

    return boot.start(settings)


if __name__ == "__main__":
    sys.exit(main())
