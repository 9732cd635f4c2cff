-- Each person's preferred language for the interface (null: follow the browser).
ALTER TABLE person ADD COLUMN language VARCHAR(5) CHECK (language IN ('en', 'es'));
