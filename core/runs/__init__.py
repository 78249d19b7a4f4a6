"""Township runs: schedules, planning, edits, load check, dispatch, delivery."""
