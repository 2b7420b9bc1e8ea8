"""A tiny program to try depyf on: ./depyf dis examples/hello.3.12.pyc"""


def greet(name, punctuation="!"):
    if not name:
        name = "world"
    return f"Hello, {name}{punctuation}"


for who in ["", "depyf"]:
    print(greet(who))
