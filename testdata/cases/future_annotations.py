# from __future__ import annotations: every annotation is kept as its source text, never evaluated.
from __future__ import annotations

limit: int = 3
names: list[str]


def scale(x: Vector, factor: 'float' = 2.0, *rest: *tuple[int, ...], **kw: int | None) -> Vector:
    local: NotEvaluated = x
    return local


class Node:
    parent: Node | None = None
    children: dict[str, list[Node]]

    def add(self, child: Node) -> Node:
        return child


assert __annotations__ == {'limit': 'int', 'names': 'list[str]'}
assert scale.__annotations__ == {'x': 'Vector', 'factor': "'float'", 'rest': '*tuple[int, ...]',
                                 'kw': 'int | None', 'return': 'Vector'}
assert Node.__annotations__ == {'parent': 'Node | None', 'children': 'dict[str, list[Node]]'}
assert Node.add.__annotations__ == {'child': 'Node', 'return': 'Node'} and Node.parent is None
assert scale(5) == 5 and limit == 3
