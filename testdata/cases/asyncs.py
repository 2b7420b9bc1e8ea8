import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    total = 0
    total += await fetch(1)
    return total

# async generators (3.11 wraps each yielded value with ASYNC_GEN_WRAP; was unsupported)
async def ticks(n):
    for i in range(n):
        yield i * 10
        await asyncio.sleep(0)

async def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)

async def bare():
    yield

async def consume():
    out = [i async for i in ticks(3)]
    g = echo()
    first = await g.asend(None)
    second = await g.asend('a')
    nothing = [v async for v in bare()]
    return out, first, second, nothing

assert asyncio.run(main()) == 2
assert asyncio.run(consume()) == ([0, 10, 20], 0, 1, [None])
