package org.chaosbench.runs.eval.provider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sleeper that only writes down what it was asked to wait. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration delay) {
        delays.add(delay);
    }

    List<Duration> delays() {
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }
}
