data = [1, 2, 3, 4, 5]
squares = [x * x for x in data if x % 2]
evens = {x for x in data if not x % 2}
index = {x: i for i, x in enumerate(data)}
pairs = [(a, b) for a in data for b in data if a < b if b < 3]
total = sum((x for x in data))
nested = [[y for y in range(x)] for x in data]
assert squares == [1, 9, 25]
assert evens == {2, 4}
assert index[3] == 2
assert pairs == [(1, 2)]
assert total == 15
assert nested[2] == [0, 1, 2]




class Field:
    def __init__(self, hash, compare):
        self.hash = hash
        self.compare = compare


def hashed_fields(fields):
    return [f for f in fields if (f.compare if f.hash is None else f.hash)]


def hashed_names(fields):
    return {f.compare: f.hash for f in fields if (f.compare if f.hash is None else f.hash) if f.compare}


def either_or(xs, ys):
    return [(x, y) for x in xs if (x > 1 if x % 2 else x > 2) for y in ys if x < y or (y if x else not y)]


def gen_ifexp(xs, lo):
    return sum((x for x in xs if (x > lo if lo is not None else x)))


def nested_choice(xs):
    return [x for x in xs if (x if x > 3 else -x) > 0 if ((x % 2 if x > 5 else x % 3) if x else x)]


def set_ifexp(xs, flag):
    return {x % 3 for x in xs if (not x > 2 if flag else not x < 2)}


def inner_ifexp(xs, k):
    return {x: [y for y in range(x) if (y if k else x) if (y % 2 if x > 2 else y)] for x in xs if x}


async def async_ifexp(ait, k):
    return [x async for x in ait if (x > k if k else x)]


def negated_ifexp(xs, k):
    return [x for x in xs if (not x > 1 if k else not x < 1) if x > 0 if (x < 5 if k else x < 3)]


def second_for_ifexp(xs):
    return list((x for x in xs for y in xs if (x < y if x else y) if y))


def or_then_ifexp(xs, k):
    return [x for x in xs if x or k if (x if k else k)]



class Numbers:
    def __init__(self, values):
        self.values = iter(values)
    def __aiter__(self):
        return self
    async def __anext__(self):
        for v in self.values:
            return v
        raise StopAsyncIteration


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value

fields = [Field(None, True), Field(None, False), Field(0, True), Field(7, False)]
assert hashed_fields(fields) == [fields[0], fields[3]]
assert hashed_names(fields) == {True: None}
assert either_or([1, 2, 3, 4], [0, 3, 5]) == [(3, 3), (3, 5), (4, 3), (4, 5)]
assert gen_ifexp([1, 2, 3], None) == 6
assert gen_ifexp([1, 2, 3], 1) == 5
assert nested_choice([1, 2, 3, 4, 5, 6, 7, 8, 0]) == [4, 5, 7]
assert set_ifexp([0, 1, 2, 3, 4], True) == {0, 1, 2}
assert set_ifexp([0, 1, 2, 3, 4], False) == {0, 1, 2}






class Waiter:
    def __init__(self, cancelled):
        self.done = cancelled
    def cancelled(self):
        return self.done



class Semaphore:
    def __init__(self, value, waiters):
        self._value = value
        self._waiters = waiters
    def locked(self):
        return self._value == 0 or any((not w.cancelled() for w in self._waiters or ()))
    def all_done(self):
        return all((w.cancelled() for w in self._waiters and self._waiters[1:]))

assert Semaphore(0, None).locked()
assert not Semaphore(1, None).locked()
assert Semaphore(1, [Waiter(True), Waiter(False)]).locked()
assert not Semaphore(1, [Waiter(True)]).locked()
assert Semaphore(1, [Waiter(False), Waiter(True)]).all_done()
assert Semaphore(1, []).all_done()
assert inner_ifexp([0, 2, 4], 1) == {2: [1], 4: [1, 3]}
assert inner_ifexp([3], 0) == {3: [1]}
assert run(async_ifexp(Numbers([0, 1, 2, 3]), 1)) == [2, 3]
assert run(async_ifexp(Numbers([0, 1, 2]), 0)) == [1, 2]
assert negated_ifexp([-2, 0, 1, 2, 6], 0) == [1, 2]
assert negated_ifexp([-2, 0, 1, 2, 6], 1) == [1]
assert second_for_ifexp([0, 1, 2]) == [0, 0, 1]
assert or_then_ifexp([0, 1, 2], 0) == []
assert or_then_ifexp([0, 1, 2], 3) == [1, 2]
