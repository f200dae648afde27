"""working groups: members from outside the committee, the convener (tovholder); the next meeting's date

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 16:30:00

The new table ``workinggroupguest`` gets the live triggers of migration 0007 on PostgreSQL
(its rows find their meeting through ``working_group_id``, like ``workinggroupmember``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVENTS = (("ins", "INSERT", "NEW"), ("upd", "UPDATE", "NEW"), ("del", "DELETE", "OLD"))


def upgrade() -> None:
    op.create_table(
        'workinggroupguest',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('working_group_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(), nullable=False),
        sa.Column('organisation', sa.String(), nullable=False),
        sa.ForeignKeyConstraint(['working_group_id'], ['workinggroup.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_workinggroupguest_working_group_id'), 'workinggroupguest',
                    ['working_group_id'], unique=False)
    with op.batch_alter_table('workinggroupmember', schema=None) as batch_op:
        batch_op.add_column(sa.Column('convener', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_meeting_on', sa.Date(), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        for suffix, event, which in EVENTS:
            op.execute(f'CREATE TRIGGER workshop_live_{suffix} AFTER {event} ON "workinggroupguest"'
                       f" REFERENCING {which} TABLE AS changed_rows FOR EACH STATEMENT"
                       f" EXECUTE FUNCTION workshop_live_by_working_group_member('working_groups')")


def downgrade() -> None:
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_column('next_meeting_on')
    with op.batch_alter_table('workinggroupmember', schema=None) as batch_op:
        batch_op.drop_column('convener')
    op.drop_index(op.f('ix_workinggroupguest_working_group_id'), table_name='workinggroupguest')
    op.drop_table('workinggroupguest')
