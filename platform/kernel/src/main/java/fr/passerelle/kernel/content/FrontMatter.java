package fr.passerelle.kernel.content;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Splits a content file into YAML front matter (between {@code ---} lines) and Markdown body. */
public final class FrontMatter {

    private FrontMatter() {
    }

    public static ContentFile parse(String fileName, String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        List<String> lines = Arrays.asList(normalized.split("\n", -1));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new ContentError(1, "le fichier doit commencer par une ligne « --- » ouvrant l'en-tête YAML");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new ContentError(1, "l'en-tête YAML n'est pas refermé par une ligne « --- »");
        }
        List<String> yamlLines = lines.subList(1, end);
        Object parsed;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(1_000_000);
            parsed = new Yaml(new SafeConstructor(options)).load(String.join("\n", yamlLines));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            throw new ContentError(line, "en-tête YAML illisible : " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ContentError(1, "en-tête YAML illisible : " + firstLine(e.getMessage()));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ContentError(2, "l'en-tête YAML doit être une liste de champs « nom: valeur »");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        return new ContentFile(fileName, fields, body, List.copyOf(yamlLines), end + 2);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "erreur de syntaxe";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
