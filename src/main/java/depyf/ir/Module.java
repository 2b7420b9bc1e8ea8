package depyf.ir;

import java.util.List;

/** A decompiled module: its statements. */
public record Module(List<Stmt> body) {}
