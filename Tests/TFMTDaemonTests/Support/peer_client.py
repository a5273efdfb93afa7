"""A minimal tfmtd client for the end-to-end tests: it talks to the daemon as another user (run under setpriv).

Usage: python3 -I peer_client.py SOCKET REQUEST_JSON...

Sends each request as a frame (4-byte big-endian length, then the JSON) on one connection, reads one frame back per
request, and prints one JSON document: {"uid": …, "gid": …, "responses": [...]}. Standard library only.
"""

import json
import os
import socket
import struct
import sys


def receive_exactly(connection, count):
    data = b""
    while len(data) < count:
        chunk = connection.recv(count - len(data))
        if not chunk:
            raise ConnectionError("tfmtd closed the connection after %d of %d bytes" % (len(data), count))
        data += chunk
    return data


def main(arguments):
    socket_path, requests = arguments[0], arguments[1:]
    responses = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(10)
        connection.connect(socket_path)
        for request in requests:
            payload = request.encode("utf-8")
            connection.sendall(struct.pack(">I", len(payload)) + payload)
            (length,) = struct.unpack(">I", receive_exactly(connection, 4))
            responses.append(json.loads(receive_exactly(connection, length)))
    print(json.dumps({"uid": os.getuid(), "gid": os.getgid(), "responses": responses}))


if __name__ == "__main__":
    main(sys.argv[1:])
