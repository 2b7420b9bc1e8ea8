# 3.14 statement structures told apart only by LOAD_FAST_BORROW (optimize_load_fast borrows a load whose
# value its basic block consumes, in the blocks it visits): it does not go on past an empty block, so the
# code after a try whose clauses all leave keeps plain loads while an else clause borrows, and dead code
# (`if False:`, `if __debug__ and c:` at a jump target) leaves an empty block whose code after is plain.


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


# else clause, then code after the statement: the else ends where the loads turn plain
def seek(pos, whence=0):
    try:
        pos_index = pos.__index__
    except AttributeError:
        raise TypeError(f"{pos!r} is not an integer")
    else:
        pos = pos_index()
    if whence == 0:
        return pos
    return pos + whence


assert seek(Index(3)) == 3 and seek(Index(3), 2) == 5
try:
    seek("x")
except TypeError as e:
    assert "not an integer" in str(e)


# the else clause holds an if statement that jumps straight to the code after the try
def is_small_link(path, stats):
    try:
        s1 = stats[path]
    except (KeyError, ValueError):
        return False
    else:
        if s1 < 0:
            return False
    path = path.upper()
    if isinstance(path, bytes):
        parent = path + b".."
    else:
        parent = path + ".."
    return s1 < 10 and parent


assert is_small_link("a", {"a": 3}) == "A.." and is_small_link("a", {}) is False
assert is_small_link("a", {"a": -1}) is False and is_small_link("a", {"a": 30}) is False


# inside the else: a loop with its own try, whose code after is plain for that try's sake
def collect(stack, follow):
    out = []
    path = stack.pop()
    try:
        entries = list(path)
    except TypeError:
        pass
    else:
        for entry in entries:
            is_dir = False
            try:
                if entry.isupper():
                    is_dir = True
            except AttributeError:
                pass
            if is_dir or not follow:
                out.append(entry)
    return out


assert collect(["aBc"], True) == ["B"] and collect(["ab"], False) == ["a", "b"] and collect([3], True) == []


class Imap:
    def __init__(self, debug):
        self.debug = debug
        self.capture = False
        self.log = []

    def mesg(self, text):
        self.log.append(text)


# `if __debug__ and c:` right after an assert: the test's block starts at the assert's jump target and
# holds only the folded __debug__, an empty block: printed as a dead `if False: pass` before the if
def enter(imap, duration):
    assert not imap.capture
    if __debug__ and imap.debug >= 4:
        imap.mesg(f"idle start duration={duration}")
    imap.capture = True
    return imap.log


assert enter(Imap(5), 3) == ["idle start duration=3"] and enter(Imap(1), 3) == []


# dead code in the middle of a function: the statements after it load plainly
def typed_only(a, b):
    total = a + b
    if False:
        from typing import Any
    total = total * a
    return total


assert typed_only(2, 3) == 10


# dead code first in the function: the entry block is followed by an empty block at once
def pick_mover(term):
    if 0 and term.hpa:
        mover = "hpa"
    elif term.cub and term.cuf:
        mover = "cub"
    else:
        raise RuntimeError("insufficient terminal")
    return mover


class Term:
    hpa = cub = cuf = True


assert pick_mover(Term()) == "cub"


# an else clause after clauses that all raise, reached also by a test in the body jumping to the body's
# end: that jump goes to the block holding the body's POP_BLOCK, so it does not make code after the
# statement visited; borrowed loads there still say it is the else
class Response:
    def __init__(self, chunks, fail):
        self.chunks, self.fail, self.log = chunks, fail, []

    def is_file(self):
        return not self.chunks

    def write(self, data):
        if data == self.fail:
            raise ValueError(data)
        self.log.append(data)

    def close(self):
        self.log.append("closed")


def finish(resp):
    try:
        if not resp.is_file():
            for data in resp.chunks:
                resp.write(data)
    except:
        resp.log.append("aborted")
        raise
    else:
        resp.close()
    return resp.log


assert finish(Response(["a", "b"], None)) == ["a", "b", "closed"] and finish(Response([], None)) == ["closed"]
try:
    finish(Response(["a", "x"], "x"))
except ValueError as e:
    assert e.args == ("x",)
