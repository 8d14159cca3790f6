//! The page state <-> the share link (fragment, query read too), one table of fields.
