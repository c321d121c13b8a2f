"""robot sessions kept in the database

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 13:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('robot_sessions',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('robot_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_robot_sessions_updated_at'), ['updated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('robot_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_robot_sessions_updated_at'))
    op.drop_table('robot_sessions')
