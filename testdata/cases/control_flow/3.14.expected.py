def classify(n):
    if n < 0:
        return 'negative'
    if n == 0:
        return 'zero'
    if n < 10 and n % 2 == 0 or n == 11:
        return 'small'
    return 'large'


def loops(items):
    total = 0
    for i in items:
        if i == 3:
            continue
        if i > 8:
            break
        total += i
    else:
        total = -total
    k = 0
    while k < 5:
        k += 1
        if k == 2:
            pass
    while True:
        k -= 1
        if k < 0:
            break
    return total, k

assert classify(-1) == 'negative'
assert classify(4) == 'small'
assert loops([1, 2, 3]) == (-3, -1)
assert loops([1, 9]) == (1, -1)
