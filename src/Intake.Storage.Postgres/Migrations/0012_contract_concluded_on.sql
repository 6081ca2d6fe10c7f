-- The day the contract was concluded (signed up online). The 14-day withdrawal period (art. 6:230o BW, § 355 BGB,
-- Directive 2023/2673 art. 11a) runs from it; the service may start later. NULL for directories that do not send it:
-- the start date stands in.
ALTER TABLE contract ADD COLUMN concluded_on date;
