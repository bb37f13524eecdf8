package org.chaosbench.runs.eval.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {

    @Test
    void parsesIOfN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
        assertThat(new Shard(3, 16).label()).isEqualTo("3/16");
        assertThat(new Shard(2, 4).runIdSuffix()).isEqualTo("_shard2of4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/4", "5/4", "2/0", "2", "2of4", "-1/4", "a/b", "", "1/4/2", "99999999999/4"})
    void refusesWhatIsNotIOfN(String text) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--shard takes I/N with 1 <= I <= N, e.g. --shard 2/4; got '" + text + "'");
    }

    @Test
    void theShardsPartitionTheListInBalancedInterleavedParts() {
        for (int n : new int[] {0, 1, 2, 7, 8, 9, 1072}) {
            List<Integer> full = IntStream.range(0, n).boxed().toList();
            for (int count = 1; count <= 9; count++) {
                List<Integer> seen = new ArrayList<>();
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 1; i <= count; i++) {
                    Shard s = new Shard(i, count);
                    List<Integer> part = s.take(full);
                    assertThat(part).hasSize(s.size(n)).isSorted();
                    part.forEach(p -> assertThat(s.holds(p)).isTrue());
                    seen.addAll(part);
                    min = Math.min(min, part.size());
                    max = Math.max(max, part.size());
                }
                assertThat(seen).as("%d items in %d shards", n, count).containsExactlyInAnyOrderElementsOf(full);
                assertThat(max - min).as("balance of %d items in %d shards", n, count).isLessThanOrEqualTo(1);
            }
        }
        assertThat(new Shard(2, 3).take(List.of("a", "b", "c", "d", "e", "f", "g", "h"))).containsExactly("b", "e", "h");
    }

    @Test
    void theItemListFingerprintDependsOnOrder() {
        assertThat(ItemListFingerprint.of(List.of())).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"); // SHA-256 of nothing
        assertThat(ItemListFingerprint.of(List.of("a"))).isEqualTo(
                "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7"); // SHA-256 of "a\n"
        assertThat(ItemListFingerprint.of(List.of("a", "b"))).isNotEqualTo(ItemListFingerprint.of(List.of("b", "a")));
        assertThat(ItemListFingerprint.of(List.of("ab"))).isNotEqualTo(ItemListFingerprint.of(List.of("a", "b")));
    }
}
