import socket

import pytest

from tests.conftest import NetworkUsed


def test_opening_a_network_socket_fails_the_test():
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
