package org.minipy.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** Describes the minipy engine to {@code javax.script.ScriptEngineManager}. */
public final class MinipyScriptEngineFactory implements ScriptEngineFactory {
    static final String VERSION = "1.0";

    @Override
    public String getEngineName() {
        return "minipy";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python");
    }

    @Override
    public List<String> getNames() {
        return List.of("minipy");
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.11";
    }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE: return getEngineName();
            case ScriptEngine.ENGINE_VERSION: return getEngineVersion();
            case ScriptEngine.NAME: return "minipy";
            case ScriptEngine.LANGUAGE: return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION: return getLanguageVersion();
            case "THREADING": return null; // one interpreter per engine, not thread-safe
            default: return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder sb = new StringBuilder("print('");
        for (char c : toDisplay.toCharArray()) {
            if (c == '\'' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c == '\n' ? "\\n" : String.valueOf(c));
        }
        return sb.append("')").toString();
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new MinipyScriptEngine(this);
    }
}
