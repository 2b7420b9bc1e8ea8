class Base:
    # depyf: this statement could not be printed: internal placeholder reached the printer
    raise RuntimeError('depyf: could not print a statement: internal placeholder reached the printer')
    __doc__ = 'A base.'
    kind = 'base'
    def __init__(self, value):
        self.value = value
    def describe(self):
        return f'{self.kind}:{self.value!r:>5}'


class Child(Base):
    # depyf: this statement could not be printed: internal placeholder reached the printer
    raise RuntimeError('depyf: could not print a statement: internal placeholder reached the printer')
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
