def sift(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = pos - 1 >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem
    return heap


def countdown(x):
    while x:
        if x > 5:
            x -= 1
            continue
        return x
    return x


def first_small(items):
    for x in items:
        if x > 3:
            continue
        return x

assert sift([1, 5, 9, 0], 0, 3) == [0, 1, 9, 5]
assert sift([0, 5, 9, 7], 0, 3) == [0, 5, 9, 7]
assert countdown(9) == 5 and countdown(3) == 3 and countdown(0) == 0
assert first_small([7, 8, 2, 9]) == 2 and first_small([7]) is None
