package org.chaosbench.runs.ingest.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads JSON the way Python's {@code json} module does (NaN and Infinity accepted, the last
 * of duplicate keys wins, nothing may follow the value) and turns every failure into an
 * {@link InvalidInputException} naming the file and line.
 */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonFiles() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a whole file that must hold one JSON object. */
    public static ObjectNode readObject(Path file) {
        String text = readUtf8(file);
        JsonNode node = parse(file, 0, text);
        if (!node.isObject()) {
            throw new InvalidInputException(file, "expected a JSON object, found " + describe(node));
        }
        return (ObjectNode) node;
    }

    /** Parses one line of a JSONL file, which must hold one JSON object. */
    public static ObjectNode parseLine(Path file, int line, String text) {
        JsonNode node = parse(file, line, text);
        if (!node.isObject()) {
            throw new InvalidInputException(file, line, "expected a JSON object, found " + describe(node));
        }
        return (ObjectNode) node;
    }

    private static JsonNode parse(Path file, int line, String text) {
        JsonParser parser = null;
        try {
            parser = new PythonLiterals(MAPPER.createParser(text));
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(file, line, "empty document: expected a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            // Limit errors (nesting depth, number length) carry no location: take the parser's.
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            int at = line;
            if (line == 0 && loc != null && loc.getLineNr() > 0) {
                at = loc.getLineNr();
            }
            String column = loc != null && loc.getColumnNr() > 0 ? " (column " + loc.getColumnNr() + ")" : "";
            throw new InvalidInputException(file, at, "malformed JSON" + column + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // A parser over a String holds no resource worth reporting.
            }
        }
    }

    /**
     * Python's {@code json} accepts exactly {@code NaN}, {@code Infinity} and {@code -Infinity};
     * Jackson's non-numeric option also lets {@code +INF}, {@code -INF} and {@code +Infinity}
     * through, which the original refuses. Numbers such as {@code 1e999} stay accepted.
     */
    private static final class PythonLiterals extends JsonParserDelegate {
        PythonLiterals(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return check(super.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return check(super.nextValue());
        }

        private JsonToken check(JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                String text = getText();
                char c = text.isEmpty() ? '0' : text.charAt(0);
                boolean literal = c == 'N' || c == 'I' || c == '+'
                        || (c == '-' && text.length() > 1 && !Character.isDigit(text.charAt(1)));
                if (literal && !text.equals("NaN") && !text.equals("Infinity") && !text.equals("-Infinity")) {
                    throw new JsonParseException(this, "Non-standard number '" + text
                            + "': only NaN, Infinity and -Infinity are accepted");
                }
            }
            return t;
        }
    }

    /** Decodes a file as strict UTF-8: a bad byte is an error naming its line. */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            bytes = Channels.newInputStream(channel).readAllBytes();
            if (bytes.length < size) {
                // A shorter document than the file had when opened: someone truncated it meanwhile.
                throw TextLines.shrunk(file, 1 + countNewlines(bytes), bytes.length, size);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + AtomicFiles.describe(e), e);
        }
        return decodeUtf8(file, bytes, 0, bytes.length, 1);
    }

    private static int countNewlines(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    static String decodeUtf8(Path file, byte[] bytes, int off, int len, int firstLine) {
        if (isAscii(bytes, off, len)) {
            // The common case (dataset and run files are ASCII): nothing can be malformed, and
            // Latin-1 decoding of ASCII is a plain copy.
            return new String(bytes, off, len, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, len))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = firstLine;
            int bad = firstBadUtf8(bytes, off, len);
            for (int i = off; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidInputException(file, line,
                    String.format("invalid UTF-8: byte 0x%02x at byte %d of the line", bytes[bad] & 0xFF, bad - off + 1));
        }
    }

    private static boolean isAscii(byte[] bytes, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int firstBadUtf8(byte[] bytes, int off, int len) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        var out = java.nio.CharBuffer.allocate(len + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : off + len - 1;
    }

    /** What a JSON value is, for error messages: {@code a number (42)}, {@code a list}. */
    public static String describe(JsonNode value) {
        String kind = value.isNumber() ? "a number" : value.isBoolean() ? "a boolean" : value.isNull() ? "null"
                : value.isArray() ? "a list" : value.isObject() ? "an object" : value.isTextual() ? "a string"
                : value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        if (value.isContainerNode() || value.isNull()) {
            return kind;
        }
        String text = value.toString();
        return kind + " (" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + ")";
    }
}
