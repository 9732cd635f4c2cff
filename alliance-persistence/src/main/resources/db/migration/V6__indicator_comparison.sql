-- What an indicator's groups are compared with, whether its disparity flag needs a reliable difference,
-- and whether a group hidden to shield another is hidden in every period of the indicator
ALTER TABLE indicator
    ADD COLUMN comparison VARCHAR(20) NOT NULL DEFAULT 'NAMED_REFERENCE'
        CHECK (comparison IN ('NAMED_REFERENCE', 'BEST_OFF')),
    ADD COLUMN flag_needs_reliability BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN steady_partners BOOLEAN NOT NULL DEFAULT FALSE;
