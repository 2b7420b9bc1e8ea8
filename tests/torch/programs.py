"""Programs run eagerly and under torch.compile by test_torch.py.

Each program takes `compile`, a function that either returns its argument unchanged (eager) or
wraps it with torch.compile (keyword arguments such as dynamic=True are passed on), builds its
inputs from a fixed seed, and returns a nested structure of results that must be equal both ways.
"""
import functools

import torch
from torch import nn

PROGRAMS = {}


def program(fn):
    PROGRAMS[fn.__name__] = fn
    return fn


def seeded(*shape):
    return torch.randn(*shape)


def smooth(x, y):
    """Compiles to one graph, no graph break (used by the plumbing tests)."""
    return (x * y).sin() + 1


# ---- the seed's example and graph breaks -------------------------------------------------------

def toy_example(a, b):
    x = a / (torch.abs(a) + 1)
    if b.sum() < 0:
        b = b * -1
    return x * b


@program
def seed_toy_example(compile):
    f = compile(toy_example)
    a, b = seeded(10), seeded(10)
    return [f(a, b), f(a, -b), f(a, b)]


@program
def graph_break_print(compile):
    def f(x):
        y = x.sin()
        print("between graphs", y.shape)
        return y.cos() + 1
    return compile(f)(seeded(4, 3))


@program
def graph_break_item(compile):
    def f(x):
        scale = x.abs().max().item()
        return x / scale, scale > 1.0
    return compile(f)(seeded(6))


@program
def data_dependent_branch(compile):
    def f(x, y):
        if (x * y).sum() > 0:
            out = x + y
        else:
            out = x - y
        return out.relu()
    g = compile(f)
    x, y = seeded(5), seeded(5)
    return [g(x, y), g(x, -y), g(-x, y)]


@program
def explicit_graph_break(compile):
    def f(x):
        x = x * 2
        torch._dynamo.graph_break()
        x = x + 1
        torch._dynamo.graph_break()
        return x.sum()
    return compile(f)(seeded(3, 3))


@program
def unsupported_python_call(compile):
    import inspect

    def f(x):
        depth = len(inspect.stack(0)) > 0   # Dynamo cannot trace inspect.stack
        return x * 3 if depth else x
    return compile(f)(seeded(4))


@program
def several_graph_breaks_with_state(compile):
    log = []

    def f(x):
        a = x.exp()
        log.append("first")
        print("one")
        b = a.log() + x
        log.append("second")
        print("two")
        return a, b * 2
    return compile(f)(seeded(2, 2)), log


def noisy(x):
    print("noisy", x.shape)      # a graph break wherever it is called
    return x + 1


@program
def graph_break_mid_expression(compile):
    def f(x):
        return x.sin() + noisy(x) * x.cos()
    return compile(f)(seeded(3))


@program
def graph_break_in_call_arguments(compile):
    def f(x, y):
        return torch.stack([x * 2, noisy(y), x - y])
    return compile(f)(seeded(3), seeded(3))


@program
def graph_break_then_branch(compile):
    def f(x, flag):
        y = noisy(x)
        if flag:
            return y * 2
        return y - 1
    g = compile(f)
    return [g(seeded(3), True), g(seeded(3), False)]


@program
def graph_break_in_with(compile):
    def f(x):
        with torch.no_grad():
            y = x * 2
            print("inside")
            z = y + 1
        return z
    return compile(f)(seeded(3))


@program
def graph_break_in_nested_with(compile):
    def f(x):
        with torch.no_grad():
            y = x * 2
            with torch.enable_grad():
                print("inside")
                z = y + 1
            w = z * 3
        return w, z
    return compile(f)(seeded(3))


@program
def graph_break_in_autocast(compile):
    def f(x):
        with torch.autocast("cpu", enabled=False):
            y = x * 2
            print("inside")
        return y + 1
    return compile(f)(seeded(3))


@program
def list_argument_mutated_across_a_break(compile):
    def f(x, out):
        out.append(x * 2)
        out[0] = out[0] + 1
        print("len", len(out))
        out.extend([x, x])
        return len(out)
    out = [seeded(2)]
    result = compile(f)(seeded(2), out)
    return result, out


@program
def graph_break_inside_with_in_an_inlined_helper(compile):
    def helper(x):
        with torch.no_grad():
            y = noisy(x)
        return y * 2

    def f(x):
        return helper(x) + 1
    return compile(f)(seeded(3))


@program
def return_inside_with_after_a_break(compile):
    def f(x):
        with torch.no_grad():
            y = noisy(x)
            return y * 2
    return compile(f)(seeded(3))


@program
def many_locals_live_across_a_break(compile):
    def f(x):
        a = x + 1
        b = x * 2
        c = [a, b]
        d = {"k": a}
        e = (a, b, 3)
        print("break")
        return a + b + c[0] + d["k"] + e[1] * e[2]
    return compile(f)(seeded(3))


@program
def dynamic_shapes_across_a_break(compile):
    def f(x):
        n = x.shape[0]
        y = x * n
        print("n")
        return y.sum() / n, n
    g = compile(f, dynamic=True)
    return [g(seeded(k)) for k in (2, 3, 4)]


@program
def super_call_and_break_in_a_module(compile):
    class Base(nn.Module):
        def forward(self, x):
            return x * 2

    class Child(Base):
        def __init__(self):
            super().__init__()
            self.lin = nn.Linear(3, 3)

        def forward(self, x):
            y = super().forward(x)
            print("child")
            return self.lin(y)
    torch.manual_seed(0)
    return compile(Child())(seeded(2, 3))


@program
def torch_cond(compile):
    def f(x):
        return torch.cond(x.sum() > 0, lambda t: t * 2, lambda t: t - 1, (x,))
    g = compile(f)
    return g(seeded(3)), g(-seeded(3).abs())


@program
def graph_break_inside_a_lambda(compile):
    def f(x):
        g = lambda t: noisy(t) * 2  # noqa: E731
        return g(x) + 1
    return compile(f)(seeded(3))


# ---- loops --------------------------------------------------------------------------------------

@program
def loop_over_list_of_tensors(compile):
    def f(xs):
        total = torch.zeros(3)
        for x in xs:
            total = total + x * x
        return total
    return compile(f)([seeded(3) for _ in range(4)])


@program
def loop_over_range(compile):
    def f(x, n):
        for i in range(n):
            x = x * 0.5 + i
        return x
    g = compile(f)
    return [g(seeded(3), 4), g(seeded(3), 4)]


@program
def loop_enumerate_zip(compile):
    def f(xs, ws):
        out = []
        for i, (x, w) in enumerate(zip(xs, ws)):
            out.append(x * w + i)
        return torch.stack(out)
    return compile(f)([seeded(2) for _ in range(3)], [seeded(2) for _ in range(3)])


@program
def while_loop(compile):
    def f(x):
        steps = 0
        while steps < 5:
            x = torch.tanh(x) + 0.1
            steps += 1
        return x, steps
    return compile(f)(seeded(4))


@program
def loop_over_tensor_rows(compile):
    def f(m):
        acc = []
        for row in m:
            acc.append(row.sum())
        return acc
    return compile(f)(seeded(3, 4))


@program
def comprehension_over_tensors(compile):
    def f(xs):
        squares = [x ** 2 for x in xs if x.numel() > 1]
        return {i: s.mean() for i, s in enumerate(squares)}
    return compile(f)([seeded(2), seeded(1), seeded(3)])


# ---- modules and training -----------------------------------------------------------------------

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

    def forward(self, x):
        return self.layers(x)


class Residual(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = MLP()
        self.proj = nn.Linear(4, 2)
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        return self.inner(x) + self.proj(x)


@program
def module_with_submodules(compile):
    torch.manual_seed(0)
    model = compile(MLP())
    return model(seeded(5, 4))


@program
def module_residual_with_attribute_mutation(compile):
    torch.manual_seed(1)
    plain = Residual()
    model = compile(plain)
    x = seeded(3, 4)
    return model(x), model(x), plain.calls


@program
def training_with_backward(compile):
    torch.manual_seed(2)
    model = MLP()
    x, target = seeded(8, 4), seeded(8, 2)

    def step(x, target):
        loss = ((model(x) - target) ** 2).mean()
        loss.backward()
        return loss
    loss = compile(step)(x, target)
    return loss.detach(), [p.grad.clone() for p in model.parameters()]


@program
def training_loop_with_optimizer(compile):
    torch.manual_seed(3)
    model = MLP()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, target = seeded(8, 4), seeded(8, 2)

    def loss_fn(x, target):
        return nn.functional.mse_loss(model(x), target)
    compiled = compile(loss_fn)
    losses = []
    for _ in range(3):
        opt.zero_grad()
        loss = compiled(x, target)
        loss.backward()
        opt.step()
        losses.append(loss.detach())
    return losses, [p.detach().clone() for p in model.parameters()]


@program
def no_grad_inside(compile):
    def f(x, w):
        with torch.no_grad():
            y = x @ w
        return y.requires_grad, y * 2
    return compile(f)(seeded(2, 3), seeded(3, 2).requires_grad_())


# ---- shapes and recompilation ---------------------------------------------------------------------

@program
def dynamic_shapes(compile):
    def f(x):
        return x.sum(0) / x.shape[0]
    g = compile(f, dynamic=True)
    return [g(seeded(n, 3)) for n in (2, 3, 5, 8)]


@program
def recompile_on_new_shapes(compile):
    def f(x):
        return torch.cat([x, x.flip(0)]).cumsum(0)
    g = compile(f, dynamic=False)
    return [g(seeded(n)) for n in (3, 4, 5, 3)]


@program
def recompile_on_python_constant(compile):
    def f(x, mode):
        if mode == "double":
            return x * 2
        if mode == "square":
            return x * x
        return -x
    g = compile(f)
    x = seeded(3)
    return [g(x, "double"), g(x, "square"), g(x, "other"), g(x, "double")]


# ---- functions, closures, arguments ----------------------------------------------------------------

@program
def closure_over_tensor_and_scalar(compile):
    w = seeded(3)
    k = 1.5

    def f(x):
        return x * w + k
    return compile(f)(seeded(3))


@program
def closure_with_nonlocal_counter(compile):
    def make():
        count = 0

        def f(x):
            nonlocal count
            count += 1
            return x + count
        return f, lambda: count
    f, read = make()
    g = compile(f)
    x = seeded(2)
    return g(x), g(x), read()


@program
def keyword_arguments(compile):
    def f(x, *, scale=2.0, bias=None):
        y = x * scale
        if bias is not None:
            y = y + bias
        return y
    g = compile(f)
    x = seeded(3)
    return g(x), g(x, scale=3.0), g(x, bias=seeded(3))


@program
def star_args_and_kwargs(compile):
    def f(*xs, **weights):
        total = 0
        for name, x in zip(sorted(weights), xs):
            total = total + x * weights[name]
        return total
    return compile(f)(seeded(2), seeded(2), a=1.0, b=-2.0)


@program
def bound_method(compile):
    class Scaler:
        def __init__(self, factor):
            self.factor = factor

        def apply(self, x, shift=0.0):
            return x * self.factor + shift
    s = Scaler(3.0)
    g = compile(s.apply)
    return g(seeded(4)), g(seeded(4), shift=1.0)


@program
def callable_object(compile):
    class Poly:
        def __call__(self, x):
            return x ** 3 - 2 * x + 1
    return compile(Poly())(seeded(5))


@program
def partial_function(compile):
    def f(x, y, alpha):
        return x + alpha * y
    g = compile(functools.partial(f, alpha=0.25))
    return g(seeded(3), seeded(3))


@program
def inlined_helpers(compile):
    def norm(x):
        return x / (x.norm() + 1e-6)

    def f(x, y):
        return (norm(x) * norm(y)).sum()
    return compile(f)(seeded(6), seeded(6))


@program
def generator_consumed_inside(compile):
    def gen(x, n):
        for i in range(n):
            yield x * i

    def f(x):
        return sum(gen(x, 4)), list(gen(x, 2))
    return compile(f)(seeded(3))


@program
def generator_expression(compile):
    def f(xs):
        return sum(x.mean() for x in xs)
    return compile(f)([seeded(4) for _ in range(3)])


# ---- exceptions ------------------------------------------------------------------------------------

@program
def exception_raised_out_of_compiled_code(compile):
    def f(x):
        if x.shape[0] > 3:
            raise ValueError("too long: %d" % x.shape[0])
        return x + 1
    g = compile(f)
    results = [g(seeded(2))]
    try:
        g(seeded(5))
    except ValueError as e:
        results.append(str(e))
    results.append(g(seeded(3)))
    return results


@program
def exception_caught_inside(compile):
    def f(x, d):
        try:
            y = x * d["scale"]
        except KeyError:
            y = x * -1
        return y
    g = compile(f)
    x = seeded(3)
    return g(x, {"scale": 4.0}), g(x, {})


# ---- data structures and side effects --------------------------------------------------------------

@program
def dict_in_dict_out(compile):
    def f(batch):
        return {"sum": batch["a"] + batch["b"], "prod": batch["a"] * batch["b"], "n": len(batch)}
    return compile(f)({"a": seeded(2), "b": seeded(2)})


@program
def tuple_unpacking(compile):
    def f(pair, triple):
        a, b = pair
        first, *rest = triple
        return a * first + b * sum(rest)
    return compile(f)((seeded(2), seeded(2)), (seeded(2), seeded(2), seeded(2)))


SEEN = []


@program
def global_side_effect(compile):
    SEEN.clear()

    def f(x):
        SEEN.append(x.shape)
        return x.mean()
    g = compile(f)
    return g(seeded(3)), g(seeded(4)), list(SEEN)


@program
def inplace_on_input(compile):
    def f(x):
        x.add_(1)
        x[0] = 0
        return x.sum()
    x = seeded(4)
    return compile(f)(x), x


@program
def non_tensor_results(compile):
    def f(x):
        y = x * 2
        return None if x.dim() > 2 else (x.dim(), str(x.dtype), y)
    g = compile(f)
    return g(seeded(2)), g(seeded(1, 1, 1))
