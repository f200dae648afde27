"""where an input came from (member, phone), hidden inputs, dots per item, inputs by group and position

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-03 13:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('input', schema=None) as batch_op:
        batch_op.add_column(sa.Column('member_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('origin', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('hidden', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key('fk_input_member_id_member', 'member', ['member_id'], ['id'],
                                    ondelete='SET NULL')
        batch_op.create_index('ix_input_group_position', ['group_id', 'position'], unique=False)
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dots', sa.Integer(), nullable=False, server_default='3'))


def downgrade() -> None:
    with op.batch_alter_table('agendaitem', schema=None) as batch_op:
        batch_op.drop_column('dots')
    with op.batch_alter_table('input', schema=None) as batch_op:
        batch_op.drop_index('ix_input_group_position')
        batch_op.drop_constraint('fk_input_member_id_member', type_='foreignkey')
        batch_op.drop_column('hidden')
        batch_op.drop_column('origin')
        batch_op.drop_column('member_id')
