"""Phones for bench figure 9a, in a process of their own (as phones are devices of their own).

Reads one JSON line from stdin: {"url", "phones": [[device_id, group_id, address], ...], "rounds"}.
Per round: every phone's connection is opened first (as a phone's browser keeps it open),
then "ready" is printed; on a "go" line all phones submit at once (a barrier), and one
JSON line {text: monotonic send time} plus the answers' status codes is printed.
"""

from __future__ import annotations

import json
import sys
import threading
import time

import httpx


def main() -> None:
    job = json.loads(sys.stdin.readline())
    clients = [(httpx.Client(base_url=job["url"], timeout=30, cookies={"ws_device": device},
                             transport=httpx.HTTPTransport(local_address=address)), group)
               for device, group, address in job["phones"]]
    for client, _ in clients:
        client.get("api/state")  # the connection is open before the clock starts
    for r in range(job["rounds"]):
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            return
        start = threading.Barrier(len(clients))
        sent: dict[str, float] = {}
        codes: list[int] = []

        def submit(k: int, client: httpx.Client, group: int, r: int = r, start: threading.Barrier = start,
                   sent: dict[str, float] = sent, codes: list[int] = codes) -> None:
            text = f"Runde {r}: input fra telefon {k}"
            start.wait()
            sent[text] = time.monotonic()
            codes.append(client.post("api/inputs", json={"group": group, "text": text}).status_code)

        threads = [threading.Thread(target=submit, args=(k, c, g)) for k, (c, g) in enumerate(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        print(json.dumps({"sent": sent, "codes": codes}), flush=True)
    for client, _ in clients:
        client.close()


if __name__ == "__main__":
    main()
