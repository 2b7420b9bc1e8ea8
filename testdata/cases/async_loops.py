# async for: loops with break and else, asynchronous comprehensions.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def total(n):
    s = 0
    async for x in Ticker(n):
        s += x
    return s, [y async for y in Ticker(n)]


async def first_over(n, limit):
    found = None
    async for x in Ticker(n):
        if x > limit:
            found = x
            break
    else:
        found = -1
    return found


async def pairs(n):
    return {x: y async for x in Ticker(n) async for y in Ticker(x) if y == x}


assert asyncio.run(total(3)) == (6, [1, 2, 3])
assert asyncio.run(first_over(5, 2)) == 3 and asyncio.run(first_over(2, 5)) == -1
assert asyncio.run(pairs(3)) == {1: 1, 2: 2, 3: 3}
