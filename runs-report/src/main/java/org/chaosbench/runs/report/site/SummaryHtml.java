package org.chaosbench.runs.report.site;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * summary.md as HTML (FORMATS 5.11: headings, a bold provider line, two GFM tables). The file
 * is run data: raw HTML in it is escaped, never passed through, and links and images become
 * their plain text, so a summary can neither inject markup nor make the page point anywhere
 * (the site loads nothing from the network and links only to its own files).
 */
final class SummaryHtml {
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private SummaryHtml() {
    }

    static String render(String markdown) {
        Document document = PARSER.parse(markdown);
        unlink(document);
        return RENDERER.render(document);
    }

    private static void unlink(Node root) {
        List<Node> targets = new ArrayList<>();
        collect(root, targets);
        for (Node node : targets) {
            if (node instanceof Image image) {
                node.insertBefore(new Text(image.getText()));
            } else if (node instanceof ImageRef image) {
                node.insertBefore(new Text(image.getText()));
            } else if (node instanceof AutoLink link) {
                node.insertBefore(new Text(link.getText()));
            } else {
                // A link keeps its (already parsed) text children, minus the link around them.
                Node child = node.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    node.insertBefore(child);
                    child = next;
                }
            }
            node.unlink();
        }
    }

    private static void collect(Node node, List<Node> targets) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link || child instanceof LinkRef || child instanceof Image || child instanceof ImageRef
                    || child instanceof AutoLink) {
                targets.add(child);
            }
            collect(child, targets);
        }
    }
}
