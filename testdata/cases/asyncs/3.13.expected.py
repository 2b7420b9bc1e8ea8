import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    total = 0
    total += await fetch(1)
    return total

assert asyncio.run(main()) == 2
