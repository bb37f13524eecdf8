package org.chaosbench.runs.eval.shard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of an ordered list of item ids: each id in UTF-8 followed by {@code \n}. Shards of one
 * run carry the fingerprint of the whole list, so a merge can prove that the list it rebuilds
 * is the one that was split, in the same order.
 */
public final class ItemListFingerprint {
    private ItemListFingerprint() {
    }

    public static String of(Iterable<String> ids) {
        MessageDigest sha = sha256();
        for (String id : ids) {
            sha.update(id.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
