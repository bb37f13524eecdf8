package org.chaosbench.runs.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.chaosbench.runs.report.index.IndexFormat;

/** {@code original} or {@code full}; anything else is a usage error (exit code 2). */
final class IndexFormatConverter implements ITypeConverter<IndexFormat> {
    @Override
    public IndexFormat convert(String value) {
        try {
            return IndexFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
