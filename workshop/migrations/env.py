"""Alembic environment: runs on the engine Workshop hands over in the config."""

from alembic import context
from sqlalchemy.engine import Connection

from workshop import models
from workshop.live import schema as live_schema

# The meeting data (registered by importing the tables) and the live module's own tables (kept
# apart: workshop/live/schema.py).
target_metadata = [models.SQLModel.metadata, live_schema.metadata]


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode for ALTER
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    # db.migrate's connection: it holds the schema lock and commits once the upgrade is done
    run(given)
else:
    with context.config.attributes["engine"].connect() as connection:
        run(connection)
        connection.commit()
