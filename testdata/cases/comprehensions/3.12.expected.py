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
