"""Accepts TCP connections on ADDRESS:PORT and never sends or reads a byte.

Stands in for a policy host or MX that hangs after the TCP handshake: the checker must give up
within its own deadline. Connections are held open until the process is killed.
"""
import socket
import sys

address, port = sys.argv[1], int(sys.argv[2])
if not address.startswith("127."):
    sys.exit("silent-listener: loopback (127.0.0.0/8) addresses only")
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((address, port))
server.listen(64)
held = []
while True:
    connection, _ = server.accept()
    held.append(connection)
