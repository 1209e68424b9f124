// Using minipy from Java. Not compiled by Maven; build the jar first, then:
//   mvn -q -DskipTests package
//   java -cp target/minipy.jar examples/embedding/Embed.java
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.minipy.Interpreter;
import org.minipy.objects.PyInt;
import org.minipy.objects.PyObject;

public class Embed {
    public static void main(String[] args) throws Exception {
        // 1. The Interpreter API: one instance is one Python world.
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder()
                .stdout(new PrintStream(captured, true, StandardCharsets.UTF_8))
                .argv(List.of("embedded", "--verbose"))
                .path(List.of("examples/pkgdemo"))
                .build()) {
            py.exec("def sq(x):\n    return x * x\n");
            PyObject r = py.eval("sq(7)");                  // 49
            py.set("limit", PyInt.of(5));                    // a global for Python code
            py.exec("import sys\nsquares = [sq(i) for i in range(limit)]\nprint(sys.argv, squares)");
            PyObject squares = py.get("squares");            // read a global back
            PyObject viaCall = py.call("sq", 12);            // call a Python function: 144
            System.out.println("eval: " + r + ", call: " + viaCall + ", squares: " + squares);
            System.out.print("Python printed: " + captured.toString(StandardCharsets.UTF_8));
        }

        // 2. JSR-223: found through the standard service file.
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("minipy");
        engine.put("name", "world");                          // bindings are __main__'s globals
        Object greeting = engine.eval("'hello, ' + name");   // the last expression's value
        engine.eval("def area(w, h):\n    return w * h\n");
        Object area = ((Invocable) engine).invokeFunction("area", 6, 7);
        System.out.println(greeting + " / area = " + area);
    }
}
