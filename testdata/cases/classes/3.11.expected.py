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
