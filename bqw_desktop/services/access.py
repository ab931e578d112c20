"""The role check at the service boundary: one decorator on every state-changing service.

A service ``f(store, actor, ...)`` decorated with ``@requires(Permission.X)`` refuses, before it reads or
writes anything, an ``actor`` whose role does not hold ``X`` (``domain.roles.check``): the same refusal
whether the window, the CLI or a script calls it. The permission is kept on the function
(``f.permission``) so a test can list every guarded service and call each as each role.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from ..domain import roles
from ..domain.roles import Permission

F = TypeVar("F", bound=Callable)


def requires(permission: Permission) -> Callable[[F], F]:
    """Decorate a service taking ``(store, actor, ...)`` so that it first checks ``actor.role``.

    :raises domain.roles.NotPermitted: (from the decorated service) the actor's role lacks ``permission``.
    """
    def decorate(service: F) -> F:
        @functools.wraps(service)
        def checked(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the service's own signature
            actor = kwargs["actor"] if "actor" in kwargs else args[1]
            roles.check(actor.role, permission)
            return service(*args, **kwargs)

        checked.permission = permission
        return checked  # type: ignore[return-value]

    return decorate
