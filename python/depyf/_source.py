"""From Python objects to code objects, and from decompiled bodies to complete `def` sources."""

import ast
import functools
import inspect
import keyword
import re
import types

CO_NEWLOCALS = inspect.CO_NEWLOCALS
CO_VARARGS = inspect.CO_VARARGS
CO_VARKEYWORDS = inspect.CO_VARKEYWORDS
ASYNC_FLAGS = inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR


def code_of(obj):
    """The code object behind a function, method, partial, wrapper or callable object."""
    seen = set()
    current = obj
    while id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, types.CodeType):
            return current
        if isinstance(current, functools.partial):
            current = current.func
        elif isinstance(current, (types.MethodType, staticmethod, classmethod)):
            current = current.__func__
        elif isinstance(current, types.FunctionType):
            return current.__code__
        elif getattr(current, "__wrapped__", None) is not None:
            current = current.__wrapped__
        elif isinstance(getattr(current, "__code__", None), types.CodeType):
            return current.__code__
        elif not isinstance(current, type) and callable(current) and hasattr(type(current), "__call__"):
            current = type(current).__call__
            if not isinstance(current, (types.FunctionType, types.MethodType)):
                break
        else:
            break
    raise TypeError("depyf.decompile() takes a function, method, functools.partial, an object with __wrapped__ "
                    "or a Python __call__, or a code object; %r has no Python bytecode" % (obj,))


def is_function_code(code):
    return bool(code.co_flags & CO_NEWLOCALS)


def safe_identifier(name):
    """`name` if it can be written after `def`, else a readable identifier made from it."""
    if name.isidentifier() and not keyword.iskeyword(name):
        return name
    cleaned = re.sub(r"\W", "_", name).strip("_") or "function"
    if cleaned[0].isdigit() or keyword.iskeyword(cleaned):
        cleaned = "_" + cleaned
    return "__" + cleaned


def parameters(code):
    """The parameter list of a function code object as source text, e.g. 'a, /, b, *args, c, **kw'."""
    names = code.co_varnames
    pos = code.co_argcount
    posonly = getattr(code, "co_posonlyargcount", 0)
    kwonly = code.co_kwonlyargcount
    parts = list(names[:pos])
    if posonly:
        parts.insert(posonly, "/")
    i = pos + kwonly
    if code.co_flags & CO_VARARGS:
        parts.append("*" + names[i])
        i += 1
    elif kwonly:
        parts.append("*")
    parts.extend(names[pos:pos + kwonly])
    if code.co_flags & CO_VARKEYWORDS:
        parts.append("**" + names[i])
    return ", ".join(parts)


def _already_a_def(source, code):
    """True when the decompiler already printed `def <name>(<same params>):` as the whole source."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    if len(tree.body) != 1 or not isinstance(tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    fn = tree.body[0]
    if fn.name != safe_identifier(code.co_name):
        return False
    args = fn.args
    given = [a.arg for a in args.posonlyargs + args.args] + [a.arg for a in args.kwonlyargs]
    wanted = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    return given == wanted


def as_definition(source, code):
    """A function's decompiled body wrapped in its `def` line (left alone if it already is one)."""
    if not is_function_code(code) or _already_a_def(source, code):
        return source
    keyword_ = "async def" if code.co_flags & ASYNC_FLAGS else "def"
    body = source if source.strip() else "pass\n"
    indented = "".join("    " + line if line.strip() else line for line in body.splitlines(True))
    if not indented.endswith("\n"):
        indented += "\n"
    return "%s %s(%s):\n%s" % (keyword_, safe_identifier(code.co_name), parameters(code), indented)


def closure_wrapped(definition, code, maker_name):
    """Source that defines `code`'s function inside a maker declaring its free variables, so that
    compiling it gives a code object with the same co_freevars."""
    if not code.co_freevars:
        return definition
    definition = _keep_free_variables(definition, code)
    lines = ["def %s():\n" % maker_name]
    lines += ["    %s = None\n" % name for name in code.co_freevars]
    lines += ["    " + line if line.strip() else line for line in definition.splitlines(True)]
    if not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines)


def _keep_free_variables(definition, code):
    """The definition with a never-run reference to each free variable its body no longer reads (Dynamo
    folds some closure values into constants but keeps the closure), so that the compiled function still
    takes the closure it is given."""
    try:
        tree = ast.parse(definition)
    except SyntaxError:
        return definition
    defs = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if len(defs) != 1:
        return definition
    used = {n.id for n in ast.walk(defs[0]) if isinstance(n, ast.Name)}
    missing = [name for name in code.co_freevars if name not in used]
    if not missing:
        return definition
    indent = " " * defs[0].body[0].col_offset
    line = "%sif False: (%s,)  # depyf: keeps the closure's free variables\n" % (indent, ", ".join(missing))
    if not definition.endswith("\n"):
        definition += "\n"
    return definition + line


def find_code(module_code, name):
    """The first code object called `name` among module_code's constants, depth first."""
    for const in module_code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_name == name:
                return const
            found = find_code(const, name)
            if found is not None:
                return found
    return None


def recompile(source, original, filename):
    """Compiles a decompiled function definition (made by as_definition) and returns its code object,
    renamed as `original`; raises ValueError when it cannot stand in for `original`."""
    maker = "__depyf_closure_of_" + safe_identifier(original.co_name).strip("_")
    module = compile(closure_wrapped(source, original, maker), filename, "exec", dont_inherit=True)
    code = find_code(module, safe_identifier(original.co_name))
    if code is None:
        raise ValueError("the decompiled source defines no function %s" % original.co_name)
    nargs = original.co_argcount + original.co_kwonlyargcount + bool(original.co_flags & CO_VARARGS) \
        + bool(original.co_flags & CO_VARKEYWORDS)
    if code.co_varnames[:nargs] != original.co_varnames[:nargs]:
        raise ValueError("arguments differ: %s instead of %s" % (code.co_varnames[:nargs], original.co_varnames[:nargs]))
    if code.co_freevars != original.co_freevars:
        raise ValueError("free variables differ: %s instead of %s" % (code.co_freevars, original.co_freevars))
    changes = {"co_name": original.co_name}
    if hasattr(original, "co_qualname"):
        changes["co_qualname"] = original.co_qualname
    return code.replace(**changes)
