class Base:
    'A base.'
    kind = 'base'
    def __init__(self, value):
        self.value = value
    def describe(self):
        return f'{self.kind}:{self.value!r:>5}'



class Child(Base):
    kind = 'child'
    def describe(self):
        return super().describe() + '!'
    @property
    def doubled(self):
        return self.value * 2
    @staticmethod
    def make():
        return Child(3)

c = Child.make()
assert c.describe() == 'child:    3!'
assert c.doubled == 6







class Counter:
    def __init__(self, pairs):
        self.total = 0
        self.low, self.high = pairs[0]
        for self.last in pairs:
            self.total += 1
        def reset():
            self.cleared = True
        self.reset = reset
        del self.low
        self.__class__.made += 1
        box = Counter.Inner()
        box.owner = self
    made = 0


    class Inner:
        def __init__(self):
            self.hidden = self.__own = 1

k = Counter([(1, 2), (3, 4)])
assert (k.total, k.high, k.last, hasattr(k, 'low')) == (2, 2, (3, 4), False)
k.reset()
assert k.cleared and Counter.Inner()._Inner__own == 1 and Counter.made == 1
