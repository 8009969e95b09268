#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite transaction: begun when made, rolled back when it goes out of scope without
// commit(), so no early return leaves a transaction open or half a job written.
class StoreTransaction
{
public:
    enum class Lock
    {
        Deferred, // takes the write lock at the first write
        Immediate // takes it now: what is read inside stays true until commit (migrations)
    };
    explicit StoreTransaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool begun() const { return m_begun; }
    QSqlDatabase &database() { return m_db; }
    bool commit(); // false: nothing was written (rolled back); error() says why
    QString error() const;

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
};
