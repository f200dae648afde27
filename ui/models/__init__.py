"""Qt item models over service results (the views never see ORM sessions)."""
