package org.chaosbench.runs.ingest.audit.report;

/** One "what could have gone wrong" check, its status computed from the audited data. */
public record ChecklistItem(String risk, Status status, String notes) {

    public enum Status {
        PASS("\u2705 PASS"), WARN("\u26a0\ufe0f WARN"), FAIL("\u274c FAIL"), NOT_CHECKED("\u2014 not checked");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** How the Markdown report shows it: an icon and a word, never colour alone. */
        public String label() {
            return label;
        }
    }
}
