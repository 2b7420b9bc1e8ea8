package depyf.cli;

import depyf.pyc.BadInputException;
import depyf.pyc.PycFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depyf dis FILE.pyc}: the disassembly, as the file's own Python version's dis prints it. */
@Command(name = "dis", mixinStandardHelpOptions = true,
        description = "Disassemble a .pyc file exactly as its Python version's own 'dis' module does.")
final class DisCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.pyc", arity = "1..*", description = "compiled Python files")
    Path[] files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int status = 0;
        for (Path file : files) {
            try {
                PycFile pyc = PycFile.read(file);
                spec.commandLine().getOut().print(depyf.dis.Disassembler.disassemble(pyc.code()));
            } catch (BadInputException e) {
                spec.commandLine().getErr().println("depyf: " + file + ": " + e.describe());
                status = Main.EXIT_BAD_INPUT;
            } catch (NoSuchFileException e) {
                spec.commandLine().getErr().println("depyf: " + file + ": no such file");
                status = Main.EXIT_BAD_INPUT;
            } catch (IOException e) {
                spec.commandLine().getErr().println("depyf: " + file + ": cannot read: " + e.getMessage());
                status = Main.EXIT_BAD_INPUT;
            }
        }
        spec.commandLine().getOut().flush();
        return status;
    }
}
